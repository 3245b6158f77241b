using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>Which cached kinds a changed entity makes stale, from the kinds the modules registered.</summary>
public sealed class CacheKindMap(IEnumerable<CacheKind> kinds)
{
    private readonly Dictionary<Type, string[]> _byType = kinds
        .SelectMany(k => k.EntityTypes.Select(t => (Type: t, k.Name)))
        .GroupBy(p => p.Type)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Name).Distinct().ToArray());

    public bool IsEmpty => _byType.Count == 0;

    public IReadOnlyList<string> KindsOf(EntityEntry entry)
    {
        // An owned part (a scale's levels) belongs to its owner's kind.
        var type = entry.Metadata;
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        return _byType.GetValueOrDefault(type.ClrType) ?? [];
    }
}
