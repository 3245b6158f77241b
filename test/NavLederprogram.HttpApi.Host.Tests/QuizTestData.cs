namespace NavLederprogram.HttpApi.Host.Tests;

/// <summary>Courses for quiz tests.</summary>
internal static class QuizTestData
{
    public static Task<Guid> CourseIdAsync(NavLederprogramFactory factory) => Task.FromResult(Guid.NewGuid());
}
