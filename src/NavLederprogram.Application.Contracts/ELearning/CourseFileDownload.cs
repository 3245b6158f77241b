namespace NavLederprogram.ELearning;

/// <summary>A course file to serve: a seekable stream, so that video can be read in ranges.</summary>
public sealed record CourseFileDownload(Stream Content, string ContentType, string FileName, bool IsInline, long Length, DateTime LastModified);
