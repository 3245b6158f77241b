namespace NavLederprogram.Organisation;

/// <summary>
/// Links a user account to the person in the register it belongs to, for the user administration. A person has at most one
/// user and a user at most one person. Saves with the caller's unit of work.
/// </summary>
[ModuleContract]
public interface IPersonUserLinks
{
    /// <summary>Links the person, first unlinking whatever person the user had; refuses (409) a person another user has.</summary>
    Task LinkAsync(Guid personId, Guid userId, CancellationToken ct = default);
    /// <summary>Unlinks the user's person, if any; returns the person that was linked.</summary>
    Task<Guid?> UnlinkAsync(Guid userId, CancellationToken ct = default);
}
