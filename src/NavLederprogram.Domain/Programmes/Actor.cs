using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>Who did something, with the name as it was then, so the history reads the same after people leave.</summary>
public sealed record Actor(Guid UserId, string Name);
