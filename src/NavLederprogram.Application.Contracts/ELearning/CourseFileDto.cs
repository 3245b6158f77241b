namespace NavLederprogram.ELearning;

/// <summary>An uploaded course file. <see cref="Url"/> reads it for some hours (a link that can be used in img and video elements).</summary>
public sealed record CourseFileDto(Guid Id, CourseFilePurpose Purpose, string FileName, string ContentType, long Length, string Url);
