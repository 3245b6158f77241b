using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Competence;

/// <summary>The part of the organisation whose competence gaps the caller sees, as other modules read it.</summary>
[ModuleContract]
public interface ICompetenceGapScope
{
    Task<AccessScope> GetGapScopeAsync(CancellationToken ct);
}
