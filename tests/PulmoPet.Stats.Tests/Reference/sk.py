import csv, numpy as np, sklearn
from sklearn.metrics import accuracy_score, precision_recall_fscore_support, roc_auc_score, confusion_matrix
from sklearn.preprocessing import label_binarize
print("sklearn", sklearn.__version__)
for f, cls in [("binary_a.csv", ["benign","malignant"]), ("multi.csv", ["adeno","squamous","benign"])]:
    rows = list(csv.DictReader(open(f)))
    t = [r["truth"] for r in rows]; p = [r["predicted"] for r in rows]
    P = np.array([[float(r["prob_"+c]) for c in cls] for r in rows])
    print(f, "acc", repr(accuracy_score(t, p)))
    pr, rc, f1, sup = precision_recall_fscore_support(t, p, labels=cls, zero_division=0)
    print(" precision", [repr(x) for x in pr]); print(" recall", [repr(x) for x in rc]); print(" f1", [repr(x) for x in f1])
    m = precision_recall_fscore_support(t, p, labels=cls, average="macro", zero_division=0); print(" macro", [repr(x) for x in m[:3]])
    cm = confusion_matrix(t, p, labels=cls); print(" cm", cm.tolist())
    spec = [ (cm.sum() - cm[k,:].sum() - cm[:,k].sum() + cm[k,k]) / (cm.sum() - cm[k,:].sum()) for k in range(len(cls))]
    print(" specificity", [repr(float(x)) for x in spec], "macro", repr(float(np.mean(spec))))
    Y = label_binarize(t, classes=cls)
    if len(cls) == 2:
        print(" auc", repr(roc_auc_score([c == cls[1] for c in t], P[:,1])))
        Y = np.hstack([1 - Y, Y])
    else:
        print(" auc ovr macro", repr(roc_auc_score(Y, P, average="macro")))
    print(" auc micro", repr(roc_auc_score(Y, P, average="micro")))
