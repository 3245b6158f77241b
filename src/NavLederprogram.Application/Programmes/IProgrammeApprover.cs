using NavLederprogram.Identity;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;

namespace NavLederprogram.Programmes;

/// <summary>The party the caller approves programme versions for, as other modules read it.</summary>
[ModuleContract]
public interface IProgrammeApprover
{
    Task<ApprovalParty?> GetApprovalPartyAsync(CancellationToken ct);
}
