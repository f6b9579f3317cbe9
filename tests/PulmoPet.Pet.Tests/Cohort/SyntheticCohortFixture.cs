using PulmoPet.Pet.Cohort;
using PulmoPet.Phantom;
using PulmoPet.Testing;

namespace PulmoPet.Pet.Tests.Cohort;

/// <summary>A small synthetic cohort (PulmoPet.Phantom, fixed seed) analysed once for all cohort tests.</summary>
public sealed class SyntheticCohortFixture : IDisposable
{
    public const int Patients = 4;

    private readonly TempDirectory _folder = new();

    public SyntheticCohortFixture()
    {
        CohortGenerator.Write(_folder.Path, new CohortOptions { Patients = Patients, Seed = 7 });
        Result = CohortLesionAnalysis.Run(_folder.Path);
    }

    public string Folder => _folder.Path;

    public CohortLesionResult Result { get; }

    public void Dispose() => _folder.Dispose();
}
