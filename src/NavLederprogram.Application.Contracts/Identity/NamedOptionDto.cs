namespace NavLederprogram.Identity;

public sealed record NamedOptionDto(Guid Id, string Name);
