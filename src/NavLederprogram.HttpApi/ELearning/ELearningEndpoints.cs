using Microsoft.AspNetCore.Routing;

namespace NavLederprogram.ELearning;

public static class ELearningEndpoints
{
    /// <summary>Every e-learning endpoint, all under /api/e-learning/; each part of the module maps its own file of them.</summary>
    public static IEndpointRouteBuilder MapELearningEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCourseAuthoringEndpoints();
        app.MapCourseLearnerEndpoints();
        app.MapCourseAssignmentEndpoints();
        app.MapCourseProgressEndpoints();
        app.MapQuizEndpoints();
        app.MapScormEndpoints();
        return app;
    }
}
