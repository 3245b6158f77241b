namespace NavLederprogram.ELearning;

/// <summary>An uploaded file on its way in: the name the uploader gave it, and its bytes.</summary>
public sealed record CourseFileContent(string FileName, Stream Content);
