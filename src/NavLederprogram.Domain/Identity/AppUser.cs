using Microsoft.AspNetCore.Identity;

namespace NavLederprogram.Identity;

public class AppUser : IdentityUser<Guid>
{
    public const int MaxDisabledReasonLength = 500;

    public string Name { get; set; } = "";
    public string? PreferredCulture { get; set; }
    public ICollection<AppUserRole> Roles { get; } = [];

    /// <summary>A disabled user cannot sign in in any way and their tokens stop working; the account and its history stay.</summary>
    public bool IsDisabled { get; private set; }
    public DateTime? DisabledAt { get; private set; }
    public string? DisabledReason { get; private set; }
    /// <summary>When the last invite e-mail was sent; null for users who set their password themselves or were seeded.</summary>
    public DateTime? InvitedAt { get; private set; }
    public DateTime? LastSignInAt { get; private set; }

    public AppUser() { }

    public AppUser(Guid id, string userName, string email, string name)
    {
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        EmailConfirmed = true;
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>Stops the user at once: the new security stamp ends cookie sessions, the flag refuses sign-ins and tokens.</summary>
    public void Disable(string reason, DateTime now)
    {
        IsDisabled = true;
        DisabledAt = now;
        DisabledReason = reason.Trim();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public void Enable()
    {
        IsDisabled = false;
        DisabledAt = null;
        DisabledReason = null;
    }

    public void MarkInvited(DateTime now) => InvitedAt = now;

    public void MarkSignedIn(DateTime now) => LastSignInAt = now;
}
