namespace NavLederprogram.ELearning;

/// <summary>A file of a package, opened for reading; the caller disposes it.</summary>
public sealed record ScormContentFile(Stream Content, string Path);
