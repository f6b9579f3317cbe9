options(digits=17); suppressMessages(library(glmnet))
d <- read.csv("logistic.csv"); set.seed(3)
d$noise1 <- round(rnorm(nrow(d)),3); d$noise2 <- round(rnorm(nrow(d)),3)
d$fold <- sample(rep(1:5, length.out=nrow(d)))
write.csv(d, "elasticnet.csv", row.names=FALSE, quote=FALSE)
X <- as.matrix(d[,c("suv_max","mtv_ml","age","noise1","noise2")]); y <- d$malignant
f <- glmnet(X, y, family="binomial", alpha=0.5, thresh=1e-14)
f7 <- glmnet(X, y, family="binomial", alpha=0.5)
cat("nlambda tight", length(f$lambda), "default", length(f7$lambda), "\n")
cat("lambda[1], [10], [30]", f$lambda[c(1,10,30)], "\n")
for (k in c(10, 30, length(f$lambda))) { cat("coef at", k, ":", as.numeric(coef(f)[,k]), "dev.ratio", f$dev.ratio[k], "\n") }
cv <- cv.glmnet(X, y, family="binomial", alpha=0.5, foldid=d$fold, thresh=1e-14)
cat("cv tight lambda.min", cv$lambda.min, which(cv$lambda==cv$lambda.min), "1se", cv$lambda.1se, which(cv$lambda==cv$lambda.1se), "\n")
cat("cvm[1:3]", cv$cvm[1:3], "cvsd[1:3]", cv$cvsd[1:3], "cvm[20]", cv$cvm[20], cv$cvsd[20], "\n")
cv7 <- cv.glmnet(X, y, family="binomial", alpha=0.5, foldid=d$fold)
cat("cv default lambda.min", cv7$lambda.min, "1se", cv7$lambda.1se, "\n")
# lasso
fl <- glmnet(X, y, family="binomial", alpha=1, thresh=1e-14); cat("lasso n", length(fl$lambda), "coef at 15:", as.numeric(coef(fl)[,15]), "\n")
cvl <- cv.glmnet(X, y, family="binomial", alpha=1, foldid=d$fold, thresh=1e-14); cat("lasso cv min", cvl$lambda.min, which(cvl$lambda==cvl$lambda.min), "1se", cvl$lambda.1se, which(cvl$lambda==cvl$lambda.1se), "\n")
