options(digits=17); suppressMessages(library(pROC))
d <- read.csv("multi.csv"); set.seed(8)
# model B: noisier probabilities, renormalised, rounded
P <- as.matrix(d[, c("prob_adeno","prob_squamous","prob_benign")]) + matrix(runif(nrow(d)*3, 0, 0.4), ncol=3)
P <- round(P / rowSums(P), 3)
cls <- c("adeno","squamous","benign")
b <- data.frame(case_id=d$case_id, truth=d$truth, predicted=cls[max.col(P, ties.method="first")], prob_adeno=P[,1], prob_squamous=P[,2], prob_benign=P[,3])
write.csv(b, "multi_b.csv", row.names=FALSE, quote=FALSE)
for (k in 1:3) { y <- d$truth == cls[k]; ra <- roc(y, d[[paste0("prob_", cls[k])]], direction="<", levels=c(FALSE,TRUE), quiet=TRUE); rb <- roc(y, P[,k], direction="<", levels=c(FALSE,TRUE), quiet=TRUE); t <- roc.test(ra, rb, method="delong", paired=TRUE); cat(cls[k], "aucB", auc(rb), "z", t$statistic, "p", t$p.value, "\n") }
