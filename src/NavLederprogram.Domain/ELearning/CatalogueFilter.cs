namespace NavLederprogram.ELearning;

/// <summary>
/// What the catalogue is narrowed to: words in a title or summary (any of its languages), a category, a target job role,
/// the content's language, and a length in minutes (inclusive bounds).
/// </summary>
public sealed record CatalogueFilter(string? Search, CourseCategory? Category, Guid? JobRoleId, string? Language, int? MinMinutes, int? MaxMinutes);
