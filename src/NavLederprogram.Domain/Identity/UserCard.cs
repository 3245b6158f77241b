namespace NavLederprogram.Identity;

/// <summary>A user account as other modules name it.</summary>
[ModuleContract]
public sealed record UserCard(Guid Id, string Name);
