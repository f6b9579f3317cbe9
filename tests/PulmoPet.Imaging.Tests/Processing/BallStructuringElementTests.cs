using PulmoPet.Imaging;
using PulmoPet.Imaging.Processing;

namespace PulmoPet.Imaging.Tests.Processing;

public sealed class BallStructuringElementTests
{
    [Theory]
    [InlineData(0.0, 1)] // the centre only
    [InlineData(1.0, 7)] // centre + 6 face neighbours
    [InlineData(1.4142135623730951, 19)] // √2: + 12 edge neighbours
    [InlineData(1.7320508075688772, 27)] // √3: + 8 corners, the full 3×3×3 cube (r² rounds to 2.9999999999999996)
    [InlineData(2.0, 33)] // + 6 points at distance 2 (squared distances 0:1, 1:6, 2:12, 3:8, 4:6)
    public void KnownLatticePointCountsOnAOneMillimetreGrid(double radius, int expected)
    {
        Assert.Equal(expected, new BallStructuringElement(radius, Vector3D.One).Count);
    }

    [Theory]
    [InlineData(3.0, 1.0, 1.0, 1.0)]
    [InlineData(5.5, 1.0, 1.0, 1.0)]
    [InlineData(4.0, 0.8, 1.2, 2.5)]
    [InlineData(6.0, 0.9765625, 0.9765625, 3.0)] // a typical CT grid
    [InlineData(8.0, 4.0, 4.0, 2.0)] // a typical PET grid
    public void CountEqualsBruteForceLatticeCount(double radius, double sx, double sy, double sz)
    {
        // Brute force over a box that surely holds the ellipsoid: offsets with Σ(o_i·s_i / r)² ≤ 1.
        int count = 0;
        for (int z = -20; z <= 20; z++)
        {
            for (int y = -20; y <= 20; y++)
            {
                for (int x = -20; x <= 20; x++)
                {
                    double q = Math.Pow(x * sx / radius, 2) + Math.Pow(y * sy / radius, 2) + Math.Pow(z * sz / radius, 2);
                    if (q <= 1 + 1e-12)
                    {
                        count++;
                    }
                }
            }
        }

        var ball = new BallStructuringElement(radius, new Vector3D(sx, sy, sz));
        Assert.Equal(count, ball.Count);
        Assert.Equal(new Index3((int)Math.Floor(radius / sx + 1e-12), (int)Math.Floor(radius / sy + 1e-12), (int)Math.Floor(radius / sz + 1e-12)), ball.Reach3);
    }

    [Fact]
    public void NegativeRadiusIsRejected()
    {
        Assert.Throws<InvalidInputException>(() => new BallStructuringElement(-1, Vector3D.One));
    }
}
