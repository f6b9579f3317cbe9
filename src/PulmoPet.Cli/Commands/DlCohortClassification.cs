using System.Globalization;
using System.Text;
using PulmoPet.Deep.Data;
using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;
using PulmoPet.Imaging.Io;
using Spectre.Console;

namespace PulmoPet.Cli.Commands;

/// <summary>
/// <c>pulmopet dl classify --cohort</c>: classifies every lesion of every case (its lesion label map) and writes
/// two prediction tables in the columns <c>pulmopet evaluate</c> reads: one row per lesion (case_id =
/// &lt;case&gt;-L&lt;lesion&gt;) and one row per patient (the mean of its lesions' probabilities, since a phantom
/// patient's lesions share one class).
/// </summary>
internal static class DlCohortClassification
{
    public static void Run(CliContext context, LesionClassifier classifier, IReadOnlyList<CohortCase> cases, string path)
    {
        var classes = classifier.Manifest.Classes;
        string header = "case_id,truth,predicted," + string.Join(',', classes.Select(c => "prob_" + c));
        var lesionRows = new StringBuilder(header).Append(",patient_id,lesion_id\n");
        var patientRows = new StringBuilder(header).Append(",lesions\n");
        int lesionCount = 0;
        foreach (var item in cases)
        {
            string truth = classes[CohortTrainingData.ClassIndex(item, classes)];
            string lesionPath = item.LesionsPath ?? throw new InvalidInputException($"Case {item.CaseId} has no lesion label map to classify.");
            var predictions = classifier.Classify(ImageFile.Read<float>(item.PetPath), ImageFile.Read(item.CtPath), ImageFile.Read<byte>(lesionPath));
            foreach (var p in predictions)
            {
                Row(lesionRows, $"{item.CaseId}-L{p.LesionId}", truth, p.Probabilities, classes)
                    .Append(CultureInfo.InvariantCulture, $",{item.CaseId},{p.LesionId}\n");
            }

            lesionCount += predictions.Count;
            if (predictions.Count > 0)
            {
                var mean = Enumerable.Range(0, classes.Count).Select(k => predictions.Average(p => p.Probabilities[k])).ToArray();
                Row(patientRows, item.CaseId, truth, mean, classes).Append(CultureInfo.InvariantCulture, $",{predictions.Count}\n");
            }

            context.Console.WriteLine($"{item.CaseId}: {predictions.Count} lesion(s), truth {truth}");
        }

        string patients = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "_patients.csv");
        AtomicFile.WriteAllText(path, lesionRows.ToString());
        AtomicFile.WriteAllText(patients, patientRows.ToString());
        context.Console.WriteLine($"{lesionCount} lesions of {cases.Count} patients classified; wrote {path} and {patients}");
    }

    private static StringBuilder Row(StringBuilder table, string id, string truth, IReadOnlyList<double> probabilities, IReadOnlyList<string> classes)
    {
        int predicted = 0;
        for (int k = 1; k < probabilities.Count; k++)
        {
            predicted = probabilities[k] > probabilities[predicted] ? k : predicted;
        }

        table.Append(id).Append(',').Append(truth).Append(',').Append(classes[predicted]);
        foreach (double probability in probabilities)
        {
            table.Append(',').Append(probability.ToString("0.######", CultureInfo.InvariantCulture));
        }

        return table;
    }
}
