namespace NavLederprogram.ELearning;

/// <summary>Field errors of the e-learning forms; each is a text key.</summary>
public static class ELearningValidation
{
    public const string FileTooLarge = "Validation:FileTooLarge";
    public const string ImageNotInCourse = "ELearning:Validation.ImageNotInCourse";

    /// <summary>The file is not what its purpose accepts (a picture, a video, captions or a document).</summary>
    public static string FileContent(CourseFilePurpose purpose) => $"ELearning:Validation.FileContent.{purpose}";
}
