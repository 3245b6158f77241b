using NavLederprogram.Paging;

namespace NavLederprogram.Identity;

public sealed class UserQuery : PagedQuery
{
    /// <summary>Only users holding this role.</summary>
    public string? Role { get; set; }
    /// <summary>Only disabled users (true), only enabled ones (false), or both (empty).</summary>
    public bool? IsDisabled { get; set; }
}
