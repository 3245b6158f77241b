using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.ELearning;

public static class QuizApplicationModule
{
    /// <summary>Writing quizzes, taking them, and reporting results to the course.</summary>
    public static IServiceCollection AddQuizApplication(this IServiceCollection services)
    {
        services.AddScoped<QuizCourses>();
        services.AddScoped<IQuizAppService, QuizAppService>();
        services.AddScoped<IQuizAttemptAppService, QuizAttemptAppService>();
        return services;
    }
}
