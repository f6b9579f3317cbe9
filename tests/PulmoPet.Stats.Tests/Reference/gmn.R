options(digits=17); suppressMessages(library(glmnet))
# 4-class, 8-feature lesion table for the multinomial elastic-net tests (glmnet 4.1.6).
set.seed(2026); n <- 120
f <- data.frame(suv_max=round(rlnorm(n, log(5), .5), 2), mtv_ml=round(rgamma(n, 2, .2), 1), age=round(rnorm(n, 64, 10)),
                glcm_contrast=round(rnorm(n, 20, 6), 2), glcm_entropy=round(rnorm(n, 4, .8), 3), sphericity=round(runif(n, .4, 1), 3),
                noise1=round(rnorm(n), 3), noise2=round(rnorm(n), 3))
s <- scale(f)
E <- cbind(0, 0.4 + 1.2*s[,1] - 0.8*s[,3] + 0.5*s[,4], -0.3 - 1.0*s[,1] + 0.7*s[,6], -0.9 + 0.6*s[,2] + 0.9*s[,5] - 0.4*s[,4])
P <- exp(E); P <- P/rowSums(P)
lev <- c("lymphoma","lung_cancer","benign","metastasis")
cls <- apply(P, 1, function(p) sample(lev, 1, prob=p))
d <- data.frame(lesion_class=cls, f)
# stratified 5 folds: within each class, a random permutation of 1..5 repeated
d$fold <- 0L
for (cl in lev) { i <- which(d$lesion_class == cl); d$fold[i] <- sample(rep(1:5, length.out=length(i))) }
d$weight <- round(as.numeric(n / (4 * table(d$lesion_class)[d$lesion_class])), 4)
write.csv(d, "multinomial_enet.csv", row.names=FALSE, quote=FALSE)
print(table(d$lesion_class)); print(table(d$lesion_class, d$fold))

# References (run after the part above; thresh = 1e-20 so that glmnet is converged to the digits compared)
options(digits=17)
d <- read.csv("multinomial_enet.csv")
X <- as.matrix(d[, 2:9]); y <- factor(d$lesion_class)   # levels: benign lung_cancer lymphoma metastasis
pc <- function(fit, k) for (cl in names(fit$beta)) cat("  ", cl, as.numeric(coef(fit)[[cl]][, k]), "\n")
for (a in c(1, 0.5)) {
  f <- glmnet(X, y, family="multinomial", alpha=a, thresh=1e-20)
  f7 <- glmnet(X, y, family="multinomial", alpha=a)
  L <- length(f$lambda)
  cat("alpha", a, "nlambda tight", L, "default", length(f7$lambda), "\n")
  cat("lambda[1],[10],[30],[L]", f$lambda[c(1,10,30,L)], "\n")
  for (k in c(10, 30, L)) { cat("coef at", k, "dev.ratio", f$dev.ratio[k], "\n"); pc(f, k)
    m <- min(length(f7$lambda), k); b <- do.call(cbind, lapply(coef(f)[], function(z) as.numeric(z[, k]))); b7 <- do.call(cbind, lapply(coef(f7), function(z) as.numeric(z[, m])))
    nz <- b != 0; cat("  default-thresh max rel diff (nonzero):", max(abs(b7[nz]/b[nz]-1)), " max abs diff:", max(abs(b7-b)), "\n") }
  cat("nulldev", f$nulldev, "\n")
}
f <- glmnet(X, y, family="multinomial", alpha=1, thresh=1e-20)
cat("predict response rows 1,2 at s=lambda[20]:\n"); print(predict(f, X[1:2,], s=f$lambda[20], type="response")[,,1])
cat("predict class at s=0.02 rows 1:10:", predict(f, X[1:10,], s=0.02, type="class"), "\n")
cat("predict response row 3 at s=0.02:", predict(f, X[3,,drop=FALSE], s=0.02, type="response")[1,,1], "\n")
cat("df at 10,30:", f$df[c(10,30)], "dfmat at 30:\n"); print(f$dfmat[, 30])
# weights
w <- d$weight
fw <- glmnet(X, y, family="multinomial", alpha=1, weights=w, thresh=1e-20)
cat("weighted nlambda", length(fw$lambda), "lambda[1],[20]", fw$lambda[c(1,20)], "\n")
for (k in c(20, length(fw$lambda))) { cat("weighted coef at", k, "dev.ratio", fw$dev.ratio[k], "\n"); pc(fw, k) }
# grouped
fg <- glmnet(X, y, family="multinomial", alpha=1, type.multinomial="grouped", thresh=1e-14)
cat("grouped nlambda", length(fg$lambda), "lambda[1],[20]", fg$lambda[c(1,20)], "\n")
for (k in c(20, length(fg$lambda))) { cat("grouped coef at", k, "dev.ratio", fg$dev.ratio[k], "\n"); pc(fg, k) }
# cv
cv <- cv.glmnet(X, y, family="multinomial", alpha=1, foldid=d$fold, thresh=1e-20)
cat("cv deviance min", cv$lambda.min, which(cv$lambda==cv$lambda.min), "1se", cv$lambda.1se, which(cv$lambda==cv$lambda.1se), "\n")
cat("cvm[1:3]", cv$cvm[1:3], "cvsd[1:3]", cv$cvsd[1:3], "cvm[20]", cv$cvm[20], cv$cvsd[20], "\n")
cvc <- cv.glmnet(X, y, family="multinomial", alpha=1, foldid=d$fold, type.measure="class", thresh=1e-20)
cat("cv class min", cvc$lambda.min, which(cvc$lambda==cvc$lambda.min), "1se", cvc$lambda.1se, which(cvc$lambda==cvc$lambda.1se), "\n")
cat("cvm[1:3]", cvc$cvm[1:3], "cvsd[1:3]", cvc$cvsd[1:3], "cvm[20]", cvc$cvm[20], cvc$cvsd[20], "\n")
cvw <- cv.glmnet(X, y, family="multinomial", alpha=1, foldid=d$fold, weights=w, thresh=1e-20)
cat("cv weighted min", cvw$lambda.min, which(cvw$lambda==cvw$lambda.min), "1se", cvw$lambda.1se, which(cvw$lambda==cvw$lambda.1se), "\n")
cat("cvm[1:3]", cvw$cvm[1:3], "cvsd[1:3]", cvw$cvsd[1:3], "cvm[20]", cvw$cvm[20], cvw$cvsd[20], "\n")
cv7 <- cv.glmnet(X, y, family="multinomial", alpha=1, foldid=d$fold)
cat("cv default thresh min", cv7$lambda.min, "1se", cv7$lambda.1se, "\n")

# How glmnet approaches the converged solution as thresh falls:
for (th in c(1e-14, 1e-16, 1e-18, 1e-20)) { f <- glmnet(X, y, family="multinomial", alpha=0.5, thresh=th); cat(th, length(f$lambda), coef(f)$benign[7, 71], coef(f)$benign[2, 30], "\n") }
for (th in c(1e-14, 1e-18)) { f <- glmnet(X, y, family="multinomial", alpha=1, thresh=th); cat(th, length(f$lambda), coef(f)$lung_cancer[7, 30], "\n") }

# Grouped reference converged (the default path at thresh = 1e-14 stops at the 58th λ on maxit):
fg20 <- glmnet(X, y, family="multinomial", alpha=1, type.multinomial="grouped", lambda=fg$lambda[1:20], thresh=1e-20, maxit=1e7)
cat("grouped (thresh 1e-20, lambda = fg$lambda[1:20]) coef at 20 dev.ratio", fg20$dev.ratio[20], "\n"); pc(fg20, 20)
