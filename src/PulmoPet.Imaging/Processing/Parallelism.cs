namespace PulmoPet.Imaging.Processing;

/// <summary>
/// How the processing operations spread work over threads. Every operation splits its output into
/// z slabs whose voxels are each computed by one fixed sequence of arithmetic, so the result is
/// bit-identical whatever the degree of parallelism.
/// </summary>
public static class Parallelism
{
    /// <summary>
    /// Options used when an operation is called without explicit <see cref="ParallelOptions"/>: all cores
    /// unless an application lowers <c>Default.MaxDegreeOfParallelism</c> once (e.g. for a --threads option).
    /// </summary>
    public static ParallelOptions Default { get; } = new();

    /// <summary>New options that run everything on the calling thread (for tests and benchmarks).</summary>
    public static ParallelOptions SingleThreaded => new() { MaxDegreeOfParallelism = 1 };

    /// <summary>Options limited to <paramref name="maxDegreeOfParallelism"/> threads.</summary>
    public static ParallelOptions WithDegree(int maxDegreeOfParallelism)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
    }

    /// <summary>Runs <paramref name="body"/> for every index in [0, count), in parallel unless the work is tiny.</summary>
    internal static void For(int count, ParallelOptions? options, Action<int> body)
    {
        if (count <= 1 || options?.MaxDegreeOfParallelism == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, options ?? Default, body);
    }

    /// <summary>
    /// As <see cref="For(int, ParallelOptions?, Action{int})"/> with a scratch object per worker thread
    /// (made by <paramref name="createScratch"/>), so slabs reuse buffers instead of allocating their own.
    /// The body must not depend on what an earlier slab left in the scratch.
    /// </summary>
    internal static void For<TScratch>(int count, ParallelOptions? options, Func<TScratch> createScratch, Action<int, TScratch> body)
    {
        if (count <= 1 || options?.MaxDegreeOfParallelism == 1)
        {
            var scratch = createScratch();
            for (int i = 0; i < count; i++)
            {
                body(i, scratch);
            }

            return;
        }

        Parallel.For(
            0,
            count,
            options ?? Default,
            createScratch,
            (i, _, scratch) =>
            {
                body(i, scratch);
                return scratch;
            },
            _ => { });
    }
}
