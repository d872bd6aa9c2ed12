// ITK 5.2 reference for SegSense's BinaryStaple.
// Usage: staple_ref OUT.mha FOREGROUND CONFIDENCE_WEIGHT MAX_ITERATIONS(-1 = ITK default) IN1.mha IN2.mha ...
// Inputs: 3-D unsigned char MetaImages. Output: float probability map (MetaImage).
// Prints: "iterations N", "sensitivity ...", "specificity ...", "time_ms T" (filter Update only).
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkSTAPLEImageFilter.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>

int main(int argc, char * argv[])
{
  if (argc < 6)
  {
    std::fprintf(stderr, "usage: %s OUT FOREGROUND CONFIDENCE MAXIT IN1 [IN2 ...]\n", argv[0]);
    return 2;
  }
  using InImage = itk::Image<unsigned char, 3>;
  using OutImage = itk::Image<float, 3>;
  using Filter = itk::STAPLEImageFilter<InImage, OutImage>;
  try
  {
    auto filter = Filter::New();
    filter->SetForegroundValue(static_cast<unsigned char>(std::atoi(argv[2])));
    filter->SetConfidenceWeight(std::atof(argv[3]));
    const int maxit = std::atoi(argv[4]);
    if (maxit >= 0)
    {
      filter->SetMaximumIterations(static_cast<unsigned int>(maxit));
    }
    for (int i = 5; i < argc; ++i)
    {
      auto reader = itk::ImageFileReader<InImage>::New();
      reader->SetFileName(argv[i]);
      reader->Update();
      filter->SetInput(i - 5, reader->GetOutput());
    }
    const auto t0 = std::chrono::steady_clock::now();
    filter->Update();
    const auto t1 = std::chrono::steady_clock::now();
    const int n = argc - 5;
    std::printf("iterations %u\n", filter->GetElapsedIterations());
    std::printf("sensitivity");
    for (int i = 0; i < n; ++i)
      std::printf(" %.17g", filter->GetSensitivity(i));
    std::printf("\nspecificity");
    for (int i = 0; i < n; ++i)
      std::printf(" %.17g", filter->GetSpecificity(i));
    std::printf("\ntime_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
    auto writer = itk::ImageFileWriter<OutImage>::New();
    writer->SetFileName(argv[1]);
    writer->SetInput(filter->GetOutput());
    writer->Update();
  }
  catch (const itk::ExceptionObject & e)
  {
    std::fprintf(stderr, "ITK error: %s\n", e.what());
    return 1;
  }
  return 0;
}
