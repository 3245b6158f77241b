using NavLederprogram.Identity;

namespace NavLederprogram.Organisation;

/// <summary>
/// The part of the organisation a user may see and change. National users see everything; a coordinator
/// scoped to a region, municipality or office sees the offices inside it and what belongs to them.
/// </summary>
[ModuleContract]
public sealed class AccessScope
{
    public static readonly AccessScope National = new(true, [], [], []);
    public static readonly AccessScope Nothing = new(false, [], [], []);

    public bool IsNational { get; }
    public IReadOnlySet<Guid> RegionIds { get; }
    public IReadOnlySet<Guid> MunicipalityIds { get; }
    public IReadOnlySet<Guid> OfficeIds { get; }

    public AccessScope(bool isNational, IEnumerable<Guid> regionIds, IEnumerable<Guid> municipalityIds, IEnumerable<Guid> officeIds)
    {
        IsNational = isNational;
        RegionIds = regionIds.ToHashSet();
        MunicipalityIds = municipalityIds.ToHashSet();
        OfficeIds = officeIds.ToHashSet();
    }

    public bool CoversRegion(Guid id) => IsNational || RegionIds.Contains(id);
    public bool CoversMunicipality(Guid id) => IsNational || MunicipalityIds.Contains(id);
    public bool CoversOffice(Guid id) => IsNational || OfficeIds.Contains(id);

    public void EnsureCoversOffice(Guid officeId)
    {
        if (!CoversOffice(officeId)) throw new BusinessException(NavLederprogramErrorCodes.OutsideScope);
    }
}

/// <summary>Resolves a user's scoped role assignments into the offices, municipalities and regions they cover.</summary>
[ModuleContract]
public sealed class AccessScopeResolver(IRoleAssignmentQueries assignments, IOfficeRepository offices, IMunicipalityRepository municipalities)
{
    public async Task<AccessScope> ResolveAsync(Guid? userId, CancellationToken ct = default)
    {
        if (userId is null) return AccessScope.Nothing;
        var roles = await assignments.GetAssignmentsAsync(userId.Value, ct);
        if (roles.Any(r => r.ScopeKind is null)) return AccessScope.National;
        if (roles.Count == 0) return AccessScope.Nothing;

        var scopeIds = roles.Where(r => r.ScopeId is not null).ToLookup(r => r.ScopeKind, r => r.ScopeId!.Value);
        var regionScopes = scopeIds[Identity.ScopeKind.Region].ToList();
        var municipalityScopes = scopeIds[Identity.ScopeKind.Municipality].ToList();
        var inScope = await offices.GetInScopeAsync(regionScopes, municipalityScopes, scopeIds[Identity.ScopeKind.Office].ToList(), ct);

        var officeIds = inScope.Select(o => o.Id);
        var regionIds = inScope.Select(o => o.RegionId).Concat(regionScopes);
        var municipalityIds = inScope.SelectMany(o => o.Municipalities.Select(m => m.MunicipalityId))
            .Concat(municipalityScopes)
            .Concat(await municipalities.GetIdsInRegionsAsync(regionScopes, ct));
        return new AccessScope(false, regionIds, municipalityIds, officeIds);
    }
}
