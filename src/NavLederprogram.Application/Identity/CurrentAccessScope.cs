using Microsoft.Extensions.Caching.Memory;
using NavLederprogram.Organisation;

namespace NavLederprogram.Identity;

/// <summary>The current user's access scope, resolved once per request.</summary>
[ModuleContract]
public sealed class CurrentAccessScope(ICurrentUser currentUser, AccessScopeResolver resolver)
{
    private AccessScope? _scope;

    /// <summary>An integration client is admitted by its OAuth scope for one task and works nationally.</summary>
    public async Task<AccessScope> GetAsync(CancellationToken ct) =>
        _scope ??= currentUser is { Id: null, ClientId: not null } ? AccessScope.National : await resolver.ResolveAsync(currentUser.Id, ct);
}
