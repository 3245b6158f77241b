namespace NavLederprogram.EntityFrameworkCore.Data;

/// <summary>A cached kind and the entities whose saved changes make it stale; each module registers its own.</summary>
public sealed record CacheKind(string Name, IReadOnlyList<Type> EntityTypes);
