namespace PulmoPet.Imaging.Processing;

/// <summary>
/// Labels the connected components of a binary mask (nonzero = foreground) in linear time: one scan
/// assigns provisional labels and unions them with the already-labelled neighbours (union-find with path
/// halving, the smaller label as root), a second scan writes final labels. Components are numbered in
/// scan order of their first voxel in memory order (x fastest), as scipy.ndimage.label and ITK's
/// ConnectedComponentImageFilter do; optionally renumbered by size, largest first.
/// </summary>
public static class ConnectedComponents
{
    /// <summary>
    /// Labels the components of <paramref name="mask"/>. With <paramref name="sortBySize"/> the labels are
    /// renumbered by voxel count, largest first (ties keep scan order), as ITK's RelabelComponentImageFilter.
    /// </summary>
    public static ConnectedComponentsResult Label(
        Volume<byte> mask,
        Connectivity connectivity = Connectivity.Faces6,
        bool sortBySize = false)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var size = mask.Size;
        var labels = new Volume<int>(mask.Geometry);
        var parents = FirstPass(mask.Voxels, labels.Voxels, size, ConnectivityOffsets.Backward(connectivity), out int provisionalCount);

        // Roots are the smallest provisional label of their set, which is the label created at the
        // component's first voxel, so numbering roots in increasing order numbers components in scan order.
        var final = new int[provisionalCount + 1];
        int count = 0;
        for (int p = 1; p <= provisionalCount; p++)
        {
            int root = Find(parents, p);
            final[p] = root == p ? ++count : final[root];
        }

        var voxels = labels.Voxels;
        var accumulators = new ComponentAccumulator[count + 1];
        for (int i = 1; i <= count; i++)
        {
            accumulators[i] = new ComponentAccumulator();
        }

        int nx = size.X;
        int ny = size.Y;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++, i++)
                {
                    int provisional = voxels[i];
                    if (provisional != 0)
                    {
                        int label = final[provisional];
                        voxels[i] = label;
                        accumulators[label].Add(x, y, z);
                    }
                }
            }
        }

        var components = new ConnectedComponent[count];
        for (int label = 1; label <= count; label++)
        {
            components[label - 1] = accumulators[label].ToComponent(label, mask.Geometry);
        }

        if (sortBySize && count > 1)
        {
            components = RelabelBySize(components, voxels);
        }

        return new ConnectedComponentsResult(labels, components);
    }

    private static int[] FirstPass(byte[] mask, int[] labels, Size3 size, Index3[] offsets, out int provisionalCount)
    {
        int nx = size.X;
        int ny = size.Y;
        int sliceLength = nx * ny;
        var linearOffsets = new int[offsets.Length];
        for (int k = 0; k < offsets.Length; k++)
        {
            linearOffsets[k] = offsets[k].Z * sliceLength + offsets[k].Y * nx + offsets[k].X;
        }

        var parents = new int[Math.Min(mask.Length, 1024) + 1];
        int next = 0;
        for (int z = 0, i = 0; z < size.Z; z++)
        {
            for (int y = 0; y < ny; y++)
            {
                for (int x = 0; x < nx; x++, i++)
                {
                    if (mask[i] == 0)
                    {
                        continue;
                    }

                    int label = 0;
                    for (int k = 0; k < offsets.Length; k++)
                    {
                        var o = offsets[k];
                        int xn = x + o.X;
                        int yn = y + o.Y;
                        if (z + o.Z < 0 || (uint)yn >= (uint)ny || (uint)xn >= (uint)nx)
                        {
                            continue;
                        }

                        int neighbour = labels[i + linearOffsets[k]];
                        if (neighbour == 0)
                        {
                            continue;
                        }

                        label = label == 0 ? neighbour : Union(parents, label, neighbour);
                    }

                    if (label == 0)
                    {
                        next++;
                        if (next >= parents.Length)
                        {
                            Array.Resize(ref parents, (int)Math.Min((long)parents.Length * 2, mask.Length + 1L));
                        }

                        parents[next] = next;
                        label = next;
                    }

                    labels[i] = label;
                }
            }
        }

        provisionalCount = next;
        return parents;
    }

    private static int Find(int[] parents, int label)
    {
        while (parents[label] != label)
        {
            parents[label] = parents[parents[label]]; // path halving
            label = parents[label];
        }

        return label;
    }

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/> and returns the root, the smaller label.</summary>
    private static int Union(int[] parents, int a, int b)
    {
        int ra = Find(parents, a);
        int rb = Find(parents, b);
        if (ra == rb)
        {
            return ra;
        }

        if (ra < rb)
        {
            parents[rb] = ra;
            return ra;
        }

        parents[ra] = rb;
        return rb;
    }

    private static ConnectedComponent[] RelabelBySize(ConnectedComponent[] components, int[] voxels)
    {
        var order = new int[components.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable: equal sizes keep scan order.
        Array.Sort(order, (a, b) =>
        {
            int bySize = components[b].VoxelCount.CompareTo(components[a].VoxelCount);
            return bySize != 0 ? bySize : a.CompareTo(b);
        });

        var newLabel = new int[components.Length + 1];
        var sorted = new ConnectedComponent[components.Length];
        for (int rank = 0; rank < order.Length; rank++)
        {
            newLabel[order[rank] + 1] = rank + 1;
            sorted[rank] = components[order[rank]] with { Label = rank + 1 };
        }

        for (int i = 0; i < voxels.Length; i++)
        {
            voxels[i] = newLabel[voxels[i]];
        }

        return sorted;
    }

    private sealed class ComponentAccumulator
    {
        private long _count;
        private long _sumX;
        private long _sumY;
        private long _sumZ;
        private int _minX = int.MaxValue;
        private int _minY = int.MaxValue;
        private int _minZ = int.MaxValue;
        private int _maxX = int.MinValue;
        private int _maxY = int.MinValue;
        private int _maxZ = int.MinValue;

        public void Add(int x, int y, int z)
        {
            _count++;
            _sumX += x;
            _sumY += y;
            _sumZ += z;
            _minX = Math.Min(_minX, x);
            _minY = Math.Min(_minY, y);
            _minZ = Math.Min(_minZ, z);
            _maxX = Math.Max(_maxX, x);
            _maxY = Math.Max(_maxY, y);
            _maxZ = Math.Max(_maxZ, z);
        }

        public ConnectedComponent ToComponent(int label, ImageGeometry geometry)
        {
            var centroid = new Vector3D(_sumX, _sumY, _sumZ) / _count;
            return new ConnectedComponent(
                label,
                _count,
                _count * geometry.VoxelVolumeMl,
                new Index3(_minX, _minY, _minZ),
                new Index3(_maxX, _maxY, _maxZ),
                centroid,
                geometry.IndexToWorld(centroid));
        }
    }
}
