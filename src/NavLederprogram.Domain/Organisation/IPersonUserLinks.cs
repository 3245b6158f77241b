namespace NavLederprogram.Organisation;

/// <summary>
/// Links a user account to the person in the register it belongs to: by hand in the user administration, or when someone
/// signs in through an external identity provider. A person has at most one user and a user at most one person.
/// </summary>
[ModuleContract]
public interface IPersonUserLinks
{
    /// <summary>
    /// Links the person, first unlinking whatever person the user had; refuses (409) a person another user has. Saves with the
    /// caller's unit of work.
    /// </summary>
    Task LinkAsync(Guid personId, Guid userId, CancellationToken ct = default);
    /// <summary>Unlinks the user's person, if any; returns the person that was linked.</summary>
    Task<Guid?> UnlinkAsync(Guid userId, CancellationToken ct = default);

    /// <summary>The user linked to the person with this employee number, if there is one.</summary>
    Task<Guid?> FindUserIdByEmployeeNumberAsync(string employeeNumber, CancellationToken ct = default);

    /// <summary>
    /// Links the user to the one person without a user who has this employee number (first) or e-mail address, and saves;
    /// the id of that person, or null when there is none or the e-mail address is not unique.
    /// </summary>
    Task<Guid?> LinkUnlinkedPersonAsync(Guid userId, string? employeeNumber, string? email, CancellationToken ct = default);
}
