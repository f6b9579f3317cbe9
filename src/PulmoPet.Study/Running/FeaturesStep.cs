using System.Text;
using PulmoPet.Imaging;
using PulmoPet.Radiomics;
using PulmoPet.Radiomics.PyRadiomics;
using PulmoPet.Radiomics.PyRadiomics.Parameters;
using PulmoPet.Stats.Csv;
using PulmoPet.Study.Workspace;

namespace PulmoPet.Study.Running;

/// <summary>
/// <c>features</c>: PyRadiomics-named features of every lesion (<see cref="PyRadiomicsPipeline"/> on the PET in SUV,
/// ROI = the voxels of <c>lesions.nii.gz</c> equal to the lesion id) into <c>features.csv</c>: <c>case_id, lesion_id</c>,
/// then the features in extraction order. A lesion PyRadiomics refuses (e.g. below minimumROISize) keeps its row with
/// empty feature cells and a note in the run log.
/// </summary>
public sealed class FeaturesStep : StudyStep
{
    /// <summary>
    /// The workspace default when neither <c>--params</c> nor <c>DIR/params.yaml</c> is given: PyRadiomics' defaults
    /// except a fixed bin width of 0.25 SUV (PyRadiomics' 25 is meant for CT HU and would put a whole PET lesion in one bin).
    /// </summary>
    public const string DefaultParameters = "# PulmoPet study default: PyRadiomics defaults, fixed bin width 0.25 SUV\nsetting:\n  binWidth: 0.25\n";

    private readonly string _parametersText;

    public FeaturesStep(string? parametersText = null, string source = "default parameters")
    {
        _parametersText = parametersText ?? DefaultParameters;
        Parameters = PyRadiomicsParameterFile.Parse(_parametersText, source);
    }

    public PyRadiomicsParameters Parameters { get; }

    public override string Name => "features";

    public override string Version => "1";

    public override string Settings => ContentHash.OfText(_parametersText);

    public override IReadOnlyList<(string Role, string Path)> Inputs(StepContext context) =>
    [
        (CaseFolder.PetFile, context.Folder.File(CaseFolder.PetFile)),
        (CaseFolder.LesionsFile, context.Folder.File(CaseFolder.LesionsFile)),
    ];

    public override IReadOnlyList<string> Outputs(StepContext context) => [CaseFolder.FeaturesFile];

    public override void Run(StepContext context)
    {
        var pet = context.Read<float>(CaseFolder.PetFile, "convert");
        var labels = context.Read<ushort>(CaseFolder.LesionsFile, "lesions");
        var ids = labels.Voxels.Where(v => v != 0).Distinct().Order().ToArray();
        var rows = new List<(int Id, FeatureVector? Features)>();
        foreach (ushort id in ids)
        {
            try
            {
                var pipeline = new PyRadiomicsPipeline(Parameters.WithLabel(id)) { MaxDegreeOfParallelism = context.Parallel.MaxDegreeOfParallelism };
                rows.Add((id, pipeline.Extract(pet, labels)));
            }
            catch (InvalidInputException e)
            {
                context.Notes.Add($"lesion {id}: no features ({e.Message})");
                rows.Add((id, null));
            }
        }

        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in rows.Where(r => r.Features is not null).SelectMany(r => r.Features!.Names))
        {
            if (seen.Add(name)) names.Add(name);
        }

        var text = new StringBuilder();
        text.Append(CsvFormat.Line(["case_id", "lesion_id", .. names])).Append('\n');
        foreach (var (id, features) in rows)
        {
            var cells = new List<string> { context.Case.CaseId, id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            cells.AddRange(names.Select(n => features is not null && features.TryGetValue(n, out double v) ? CsvFormat.Number(v) : ""));
            text.Append(CsvFormat.Line(cells)).Append('\n');
        }

        context.WriteText(CaseFolder.FeaturesFile, text.ToString());
    }
}
