using PulmoPet.Phantom.Anatomy;
using PulmoPet.Phantom.Bone;
using PulmoPet.Phantom.Related;

namespace PulmoPet.Phantom.Tests.Related;

[Collection(CohortCollection.Name)]
public sealed class BoneLesionSynthesisTests(CohortFixture cohort)
{
    private IEnumerable<(SyntheticPatient Patient, BoneLesionImages Bone)> All() =>
        cohort.Patients.Select(p => (p, BoneLesionSynthesis.Synthesize(p, RelatedSeeds.For(CohortFixture.Seed, p.PatientIndex, RelatedStream.BoneLesions))));

    [Fact]
    public void LesionsLieInsideTheirBoneAndOnlyChangeTheCtThere()
    {
        int lesions = 0;
        foreach ((SyntheticPatient p, BoneLesionImages bone) in All())
        {
            for (int i = 0; i < bone.Labels.Voxels.Length; i++)
            {
                byte label = bone.Labels.Voxels[i];
                if (label == 0)
                {
                    Assert.Equal(p.Ct.Voxels[i], bone.Ct.Voxels[i]);
                    continue;
                }

                BoneSite site = bone.Truth[label - 1].Site;
                OrganLabel expected = site switch { BoneSite.Vertebra => OrganLabel.Vertebrae, BoneSite.Rib => OrganLabel.Ribs, _ => OrganLabel.Sternum };
                Assert.Equal((byte)expected, p.Organs.Voxels[i]);
            }

            foreach (BoneLesionTruth truth in bone.Truth)
            {
                Assert.Equal(truth.VoxelCount, bone.Labels.Voxels.Count(v => v == truth.LesionId));
                Assert.True(truth.VoxelCount >= BoneLesionSynthesis.MinVoxels);
                lesions++;
            }
        }

        Assert.True(lesions >= 3, $"only {lesions} bone lesions in the fixture cohort");
    }

    [Fact]
    public void LyticLesionsAreSoftTissueDenseAndBlasticOnesSclerotic()
    {
        // The lesion's voxels are shifted by (target − original mean), so its mean is the drawn target up to
        // rounding to whole HU: lytic targets lie in [0, 150] HU, blastic in [650, 1100] HU.
        foreach ((_, BoneLesionImages bone) in All())
        {
            foreach (BoneLesionTruth truth in bone.Truth)
            {
                if (truth.Pattern == BonePattern.Lytic)
                {
                    Assert.InRange(truth.MeanHu, -0.5, 150.5);
                }
                else
                {
                    Assert.InRange(truth.MeanHu, 649.5, 1100.5);
                }
            }
        }
    }

    [Fact]
    public void OriginFollowsTheDiagnosisAndBenignPatientsHaveNone()
    {
        foreach ((SyntheticPatient p, BoneLesionImages bone) in All())
        {
            switch (p.LesionClass)
            {
                case LesionClass.Benign:
                    Assert.Empty(bone.Truth);
                    break;
                case LesionClass.PrimaryLungCancer:
                    Assert.All(bone.Truth, t => Assert.Equal(BoneLesionOrigin.Lung, t.Origin));
                    break;
                default:
                    Assert.All(bone.Truth, t => Assert.Equal(BoneLesionOrigin.Other, t.Origin));
                    break;
            }
        }
    }
}
