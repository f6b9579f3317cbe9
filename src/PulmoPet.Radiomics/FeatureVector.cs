using System.Collections;

namespace PulmoPet.Radiomics;

/// <summary>Named feature values in the order they were computed. Names are IBSI tags (e.g. <c>cm_joint_max_3D_avg</c>).</summary>
public sealed class FeatureVector : IReadOnlyList<KeyValuePair<string, double>>
{
    private readonly List<KeyValuePair<string, double>> _items = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public IEnumerable<string> Names => _items.Select(p => p.Key);

    public KeyValuePair<string, double> this[int index] => _items[index];

    /// <summary>The value of a feature.</summary>
    /// <exception cref="KeyNotFoundException">No feature has this name.</exception>
    public double this[string name] =>
        _index.TryGetValue(name, out int i) ? _items[i].Value : throw new KeyNotFoundException($"No feature named '{name}'.");

    public bool TryGetValue(string name, out double value)
    {
        if (_index.TryGetValue(name, out int i))
        {
            value = _items[i].Value;
            return true;
        }

        value = double.NaN;
        return false;
    }

    /// <summary>Adds a feature; a name may appear once.</summary>
    public void Add(string name, double value)
    {
        if (!_index.TryAdd(name, _items.Count))
        {
            throw new ArgumentException($"Feature '{name}' was already added.", nameof(name));
        }

        _items.Add(new KeyValuePair<string, double>(name, value));
    }

    /// <summary>Appends every feature of <paramref name="other"/> (in its order).</summary>
    public void AddRange(FeatureVector other)
    {
        foreach (var pair in other._items)
        {
            Add(pair.Key, pair.Value);
        }
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
