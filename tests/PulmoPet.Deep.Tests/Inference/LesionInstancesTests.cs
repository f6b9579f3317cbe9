using PulmoPet.Deep.Inference;
using PulmoPet.Imaging;

namespace PulmoPet.Deep.Tests.Inference;

public sealed class LesionInstancesTests
{
    [Fact]
    public void ComponentsAre26ConnectedAndNumberedLargestFirst()
    {
        var mask = new Volume<byte>(new ImageGeometry(new Size3(8, 8, 8), new Vector3D(4, 4, 4), new Vector3D(0, 0, 0)));
        mask[0, 0, 0] = 1;
        mask[1, 1, 1] = 1; // touches (0, 0, 0) at a corner only: the same lesion under 26-connectivity
        for (int x = 4; x < 7; x++)
        {
            mask[x, 5, 5] = 1; // three voxels: the larger lesion
        }

        var labels = LesionInstances.FromMask(mask);

        Assert.Equal(2, labels[0, 0, 0]);
        Assert.Equal(2, labels[1, 1, 1]);
        Assert.All(new[] { 4, 5, 6 }, x => Assert.Equal(1, labels[x, 5, 5]));
        Assert.Equal(5, labels.Voxels.Count(v => v != 0));
        Assert.True(labels.Geometry.IsSameGrid(mask.Geometry));
    }
}
