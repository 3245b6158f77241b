namespace NavLederprogram.Organisation;

/// <summary>
/// The people register as sign-in through an external identity provider needs it: which user a person with an employee
/// number has, and the link from a user created at sign-in to the person they are.
/// </summary>
[ModuleContract]
public interface ISigninPersonLinks
{
    /// <summary>The user linked to the person with this employee number, if there is one.</summary>
    Task<Guid?> FindUserIdByEmployeeNumberAsync(string employeeNumber, CancellationToken ct = default);

    /// <summary>
    /// Links the user to the one person without a user who has this employee number (first) or e-mail address, and saves;
    /// the id of that person, or null when there is none or the e-mail address is not unique.
    /// </summary>
    Task<Guid?> LinkUnlinkedPersonAsync(Guid userId, string? employeeNumber, string? email, CancellationToken ct = default);
}
