using Microsoft.Extensions.DependencyInjection;

namespace NavLederprogram.ELearning;

public static class ELearningApplicationModule
{
    /// <summary>Course authoring, the catalogue and the learner's courses, assignments, quizzes and SCORM packages.</summary>
    public static IServiceCollection AddELearningApplication(this IServiceCollection services)
    {
        services.AddScormApplication();
        return services;
    }
}
