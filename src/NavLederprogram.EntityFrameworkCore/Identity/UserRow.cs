using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Identity;

// A class with init properties rather than a positional record: EF can only compose further queries over member initialisers.
[ModuleContract]
public sealed class UserRow
{
    public Guid Id { get; init; }
    public string? Email { get; init; }
    public string? PreferredCulture { get; init; }
}
