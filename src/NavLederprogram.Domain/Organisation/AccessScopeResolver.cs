using NavLederprogram.Identity;

namespace NavLederprogram.Organisation;

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
