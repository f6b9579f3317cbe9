options(digits=17); suppressMessages(library(nnet))
set.seed(99); n <- 120
suv <- round(rlnorm(n, log(4), .6), 2); mtv <- round(rgamma(n, 2, .3), 1); age <- round(rnorm(n, 66, 9))
y <- rbinom(n, 1, plogis(-4 + 0.45*suv + 0.05*mtv + 0.02*age))
d <- data.frame(malignant=y, suv_max=suv, mtv_ml=mtv, age=age)
write.csv(d, "logistic.csv", row.names=FALSE, quote=FALSE)
m <- glm(malignant ~ suv_max + mtv_ml + age, family=binomial, data=d, control=glm.control(epsilon=1e-14, maxit=100))
print(summary(m)$coefficients, digits=17); print(exp(confint.default(m)), digits=17)
cat("deviance", deviance(m), "null", m$null.deviance, "aic", AIC(m), "\n")
m8 <- glm(malignant ~ suv_max + mtv_ml + age, family=binomial, data=d); cat("default-eps max rel diff", max(abs(coef(m8)/coef(m)-1)), "\n")
# multinomial
set.seed(5); n <- 150
x1 <- round(rnorm(n), 3); x2 <- round(runif(n, 0, 3), 3)
eta2 <- 0.3 + 1.1*x1 - 0.4*x2; eta3 <- -0.5 - 0.6*x1 + 0.8*x2
P <- cbind(1, exp(eta2), exp(eta3)); P <- P/rowSums(P)
cls <- apply(P, 1, function(p) sample(c("benign","adeno","squamous"), 1, prob=p))
md <- data.frame(histology=factor(cls, levels=c("benign","adeno","squamous")), x1=x1, x2=x2)
write.csv(md, "multinomial.csv", row.names=FALSE, quote=FALSE)
mm <- multinom(histology ~ x1 + x2, data=md, reltol=1e-16, abstol=1e-300, maxit=10000, Hess=TRUE, trace=FALSE)
s <- summary(mm); print(s$coefficients, digits=17); print(s$standard.errors, digits=17); cat("deviance", deviance(mm), "AIC", AIC(mm), "\n")
print(table(md$histology))
