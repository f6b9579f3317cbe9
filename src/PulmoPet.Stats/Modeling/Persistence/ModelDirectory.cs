using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PulmoPet.Imaging;
using PulmoPet.Stats.Modeling.Models;
using PulmoPet.Stats.Modeling.Preprocessing;
using PulmoPet.Stats.Modeling.Selection;

namespace PulmoPet.Stats.Modeling.Persistence;

/// <summary>
/// A saved model is a directory with <c>manifest.json</c> (format name and version, class order, the features used with
/// their imputation and z-score parameters, what preprocessing removed, the selector and its 10% cap, the classifier
/// family and hyper-parameters, the seed, the SHA-256 of the training table) and <c>model.json</c> (the fitted
/// parameters). Both are written to temporary names and renamed. Loading refuses another format or version.
/// </summary>
public static class ModelDirectory
{
    public const string Format = "pulmopet-radiomics-model";
    public const int Version = 1;
    public const string ManifestFile = "manifest.json";
    public const string ModelFile = "model.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void Save(RadiomicsModel model, string directory)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(directory);
        var manifest = new JsonObject
        {
            ["format"] = Format,
            ["version"] = Version,
            ["classes"] = Json.Array(model.Classes),
            ["features"] = Json.Array(model.Features),
            ["preprocessing"] = new JsonObject
            {
                ["imputation"] = "training median",
                ["scaling"] = "z-score with training mean and SD (n - 1)",
                ["median"] = Json.Array(model.Scaling.Medians),
                ["mean"] = Json.Array(model.Scaling.Means),
                ["sd"] = Json.Array(model.Scaling.StandardDeviations),
                ["input_features"] = model.Preprocessing.InputFeatures,
                ["near_constant_removed"] = Json.Array(model.Preprocessing.NearConstantRemoved),
                ["correlation_removed"] = new JsonArray(model.Preprocessing.CorrelatedRemoved
                    .Select(c => (JsonNode)new JsonObject { ["removed"] = c.Removed, ["kept"] = c.KeptPartner, ["spearman"] = c.Rho }).ToArray()),
                ["candidates"] = model.Preprocessing.Candidates,
            },
            ["selector"] = new JsonObject
            {
                ["method"] = model.Selection.Method,
                ["training_lesions"] = model.Selection.TrainingLesions,
                ["cap"] = model.Selection.Cap,
                ["cap_rule"] = "floor(0.10 x training lesions)",
                ["requested"] = model.Selection.Requested,
                ["selected"] = model.Selection.Selected.Count,
            },
            ["model"] = new JsonObject
            {
                ["kind"] = model.Settings.Kind.Name(),
                ["hyper_parameters"] = model.Settings.HyperParameters(),
                ["file"] = ModelFile,
            },
            ["seed"] = model.Seed,
            ["training_table_sha256"] = model.TrainingSha256,
        };
        WriteAtomically(Path.Combine(directory, ModelFile), model.Classifier.ToJson().ToJsonString());
        WriteAtomically(Path.Combine(directory, ManifestFile), manifest.ToJsonString(Indented));
    }

    public static RadiomicsModel Load(string directory)
    {
        string manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new InvalidInputException($"'{directory}' is not a model directory: it has no {ManifestFile}.");
        }

        JsonNode manifest;
        try
        {
            manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) ?? throw new FormatException("empty");
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"'{manifestPath}' is not valid JSON: {e.Message}");
        }

        if (manifest["format"]?.GetValue<string>() != Format)
        {
            throw new InvalidInputException($"'{manifestPath}' is not a PulmoPet radiomics model manifest (format '{Format}').");
        }

        int version = manifest["version"]?.GetValue<int>() ?? -1;
        if (version != Version)
        {
            throw new InvalidInputException($"'{manifestPath}' has manifest version {version}; this PulmoPet reads version {Version}.");
        }

        try
        {
            var classes = Json.Strings(manifest["classes"]);
            var features = Json.Strings(manifest["features"]);
            var pre = Json.Required(manifest["preprocessing"]);
            var scaling = new FeatureScaling(features, Json.Doubles(pre["median"]), Json.Doubles(pre["mean"]), Json.Doubles(pre["sd"]));
            if (scaling.Medians.Length != features.Length || scaling.Means.Length != features.Length || scaling.StandardDeviations.Length != features.Length)
            {
                throw new FormatException("the preprocessing parameters do not have one value per feature");
            }

            var modelInfo = Json.Required(manifest["model"]);
            var kind = ClassifierKinds.Parse(Json.Required(modelInfo["kind"]).GetValue<string>());
            string modelPath = Path.Combine(directory, ModelFile);
            if (!File.Exists(modelPath))
            {
                throw new InvalidInputException($"The model directory '{directory}' has no {ModelFile}.");
            }

            var classifier = ClassifierSettings.Load(kind, JsonNode.Parse(File.ReadAllText(modelPath)) ?? throw new FormatException("empty model file"));
            if (classifier.ClassCount != classes.Length)
            {
                throw new FormatException($"the model has {classifier.ClassCount} classes, the manifest {classes.Length}");
            }

            var selector = Json.Required(manifest["selector"]);
            var correlated = Json.Required(pre["correlation_removed"]).AsArray()
                .Select(c => new CorrelatedFeature(Json.Required(c!["removed"]).GetValue<string>(), Json.Required(c["kept"]).GetValue<string>(), Json.Required(c["spearman"]).GetValue<double>()))
                .ToArray();
            return new RadiomicsModel(
                classes,
                scaling,
                SettingsFrom(kind, Json.Required(modelInfo["hyper_parameters"])),
                classifier,
                new PreprocessingReport(Json.Required(pre["input_features"]).GetValue<int>(), Json.Strings(pre["near_constant_removed"]), correlated, Json.Required(pre["candidates"]).GetValue<int>()),
                new SelectionReport(
                    Json.Required(selector["method"]).GetValue<string>(),
                    Json.Required(selector["training_lesions"]).GetValue<int>(),
                    Json.Required(selector["cap"]).GetValue<int>(),
                    selector["requested"]?.GetValue<int>(),
                    Json.Required(pre["candidates"]).GetValue<int>(),
                    features),
                Json.Required(manifest["training_table_sha256"]).GetValue<string>(),
                Json.Required(manifest["seed"]).GetValue<int>());
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException or JsonException)
        {
            throw new InvalidInputException($"The model directory '{directory}' is damaged: {e.Message}.");
        }
    }

    private static ClassifierSettings SettingsFrom(ClassifierKind kind, JsonNode h)
    {
        double? Number(string key) => h[key] is JsonValue v && v.TryGetValue(out double d) ? d : null;
        var s = new ClassifierSettings { Kind = kind };
        return kind switch
        {
            ClassifierKind.ElasticNet => s with { Alpha = Number("alpha") ?? s.Alpha },
            ClassifierKind.RandomForest => s with { Trees = (int)(Number("trees") ?? s.Trees), MaxFeatures = (int?)Number("max_features"), MinSamplesLeaf = (int)(Number("min_samples_leaf") ?? 1) },
            ClassifierKind.Svm => s with { Cost = Number("cost") ?? s.Cost, Gamma = Number("gamma") },
            ClassifierKind.GradientBoosting => s with { Estimators = (int)(Number("estimators") ?? s.Estimators), LearningRate = Number("learning_rate") ?? s.LearningRate, MaxDepth = (int)(Number("max_depth") ?? s.MaxDepth), MinSamplesLeaf = (int)(Number("min_samples_leaf") ?? 1) },
            _ => s,
        };
    }

    private static void WriteAtomically(string path, string text)
    {
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
