using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>The signed-in user's person, read once per request; null for a user not linked to a person in the register.</summary>
[ModuleContract]
public interface ICurrentPerson
{
    Task<PersonCard?> GetAsync(CancellationToken ct);

    /// <summary>The person, or a conflict explaining that the user has no person profile.</summary>
    async Task<PersonCard> GetOrThrowAsync(CancellationToken ct) =>
        await GetAsync(ct) ?? throw new BusinessException(NavLederprogramErrorCodes.NoPersonProfile) { IsConflict = true };
}
