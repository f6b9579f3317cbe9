options(digits=17)
set.seed(42)
n <- 46
d <- data.frame(case_id = sprintf("P%03d", 1:n),
  diagnosis = rep(c("benign", "malignant"), c(20, 26)),
  sex = sample(c("F", "M"), n, TRUE),
  smoking = sample(c("never", "former", "current"), n, TRUE, prob=c(.5,.35,.15)),
  suv_max = round(c(rlnorm(20, log(2.5), .5), rlnorm(26, log(7), .6)), 2),
  mtv_ml = round(c(rgamma(20, 2, .5), rgamma(26, 2, .2)), 1))
d$suv_max[5] <- NA
write.csv(d, "cohort.csv", row.names=FALSE, quote=FALSE, na="")
d <- read.csv("cohort.csv")
tb <- table(d$sex, d$diagnosis); print(tb); print(chisq.test(tb, correct=FALSE)$expected)
c2 <- chisq.test(tb, correct=FALSE); cat("sex chisq", c2$statistic, c2$parameter, c2$p.value, "\n")
tb <- table(d$smoking, d$diagnosis); print(tb); print(chisq.test(tb, correct=FALSE)$expected)
cat("smoking fisher", fisher.test(tb)$p.value, "\n")
c2 <- suppressWarnings(chisq.test(tb, correct=FALSE)); cat("smoking chisq", c2$statistic, c2$parameter, c2$p.value, "\n")
for (v in c("suv_max", "mtv_ml")) {
  x <- d[[v]][d$diagnosis=="benign"]; y <- d[[v]][d$diagnosis=="malignant"]; x <- x[!is.na(x)]; y <- y[!is.na(y)]
  s <- t.test(x, y, var.equal=TRUE); w <- t.test(x, y); m <- suppressWarnings(wilcox.test(x, y))
  ok <- !is.na(d[[v]]); vv <- d[[v]][ok]; gg <- factor(d$diagnosis[ok])
  a <- anova(lm(abs(vv - ave(vv, gg, FUN=median)) ~ gg))
  cat(v, "student", s$statistic, s$parameter, s$p.value, "welch", w$statistic, w$parameter, w$p.value, "mw", m$statistic, m$p.value, "levene", a$`F value`[1], a$`Pr(>F)`[1], "\n")
  cat(v, "benign mean sd median q1 q3", mean(x), sd(x), quantile(x, c(.5,.25,.75)), length(x), "\n")
}
# three groups by smoking
for (v in c("suv_max")) { ok <- !is.na(d[[v]]); vv <- d[[v]][ok]; gg <- factor(d$smoking[ok])
  a <- anova(lm(vv ~ gg)); k <- kruskal.test(vv, gg)
  cat("by smoking", levels(gg), "anova", a$`F value`[1], a$Df, a$`Pr(>F)`[1], "kw", k$statistic, k$parameter, k$p.value, "\n")
  tb <- table(d$sex, d$smoking); cat("sex by smoking fisher", fisher.test(tb)$p.value, "\n"); print(tb)}
