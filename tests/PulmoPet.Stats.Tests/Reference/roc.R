options(digits=17); suppressMessages(library(pROC))
set.seed(7)
n <- 40; truth <- rep(c("benign","malignant"), c(22, 18)); y <- truth == "malignant"
pa <- round(plogis(-0.8 + 1.9*y + rnorm(n)), 2)
pb <- round(plogis(-0.5 + 1.1*y + rnorm(n, sd=1.2)), 2)
mk <- function(p) data.frame(case_id=sprintf("C%02d", 1:n), truth=truth, predicted=ifelse(p >= 0.5, "malignant", "benign"), prob_benign=1-p, prob_malignant=p)
write.csv(mk(pa), "binary_a.csv", row.names=FALSE, quote=FALSE); write.csv(mk(pb), "binary_b.csv", row.names=FALSE, quote=FALSE)
ra <- roc(y, pa, direction="<", levels=c(FALSE,TRUE), quiet=TRUE); rb <- roc(y, pb, direction="<", levels=c(FALSE,TRUE), quiet=TRUE)
cat("aucA", auc(ra), "ci", ci.auc(ra, method="delong"), "var", var(ra), "\n")
cat("aucB", auc(rb), "ci", ci.auc(rb, method="delong"), "\n")
t <- roc.test(ra, rb, method="delong", paired=TRUE); cat("paired z", t$statistic, "p", t$p.value, "ci", t$conf.int, "\n")
cat("ties in pa:", length(pa)-length(unique(pa)), "\n")
# 3-class
set.seed(11); m <- 60
cls <- c("adeno","squamous","benign"); tr <- rep(cls, c(25, 15, 20)); ti <- match(tr, cls)
lg <- matrix(rnorm(m*3), m, 3); lg[cbind(1:m, ti)] <- lg[cbind(1:m, ti)] + 1.3
pr <- exp(lg)/rowSums(exp(lg)); pr <- round(pr, 2); pr[,3] <- round(1 - pr[,1] - pr[,2], 2)
pred <- cls[max.col(pr, ties.method="first")]
d3 <- data.frame(case_id=sprintf("M%02d", 1:m), truth=tr, predicted=pred, prob_adeno=pr[,1], prob_squamous=pr[,2], prob_benign=pr[,3])
write.csv(d3, "multi.csv", row.names=FALSE, quote=FALSE)
print(table(truth=tr, predicted=pred)[cls, cls])
for (k in 1:3) { r <- roc(tr == cls[k], pr[,k], direction="<", levels=c(FALSE,TRUE), quiet=TRUE); cat(cls[k], "auc", auc(r), "ci", ci.auc(r, method="delong"), "\n") }
