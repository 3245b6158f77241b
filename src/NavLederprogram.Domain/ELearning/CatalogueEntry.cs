namespace NavLederprogram.ELearning;

/// <summary>A course in the catalogue: its code and the version learners start.</summary>
public sealed record CatalogueEntry(string Code, CourseVersion Version);
