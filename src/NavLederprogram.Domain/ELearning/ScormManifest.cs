namespace NavLederprogram.ELearning;

/// <summary>What a package's imsmanifest.xml says: its SCORM edition, the title and the SCOs of its default organization, in order.</summary>
public sealed record ScormManifest(ScormVersion Version, string Title, IReadOnlyList<ScormItem> Items, IReadOnlyList<string> ReferencedFiles);
