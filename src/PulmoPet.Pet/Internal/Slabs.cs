namespace PulmoPet.Pet.Internal;

/// <summary>Runs independent per-slice work in parallel unless told to use one thread (results never depend on it).</summary>
internal static class Slabs
{
    public static void For(int count, ParallelOptions? options, Action<int> body)
    {
        if (count <= 1 || options?.MaxDegreeOfParallelism == 1)
        {
            for (int i = 0; i < count; i++)
            {
                body(i);
            }

            return;
        }

        Parallel.For(0, count, options ?? new ParallelOptions(), body);
    }
}
