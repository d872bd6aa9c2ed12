// ITK 5.2 reference for SegSense's BinaryStaple, instantiated as SimpleITK does.
// Usage: staple_ref [--float] OUT.mha FOREGROUND CONFIDENCE_WEIGHT MAX_ITERATIONS(-1 = ITK default) IN1.mha IN2.mha ...
// Inputs: 3-D unsigned char MetaImages.
// Output: the probability map W. SimpleITK instantiates itk::STAPLEImageFilter with the output pixel type
// NumericTraits<InputPixelType>::RealType, i.e. double for integer masks, so W (and the sums of the
// sensitivity/specificity updates, which read W back) are double: the default here. --float instantiates
// the filter with a float output instead (W stored in float32; for comparisons only).
// Prints: "output double|float", "iterations N", "sensitivity ...", "specificity ...", "time_ms T"
// (filter Update only).
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkNumericTraits.h"
#include "itkSTAPLEImageFilter.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <type_traits>

using InImage = itk::Image<unsigned char, 3>;

template <typename TOutputPixel>
int run(int argc, char * argv[], const char * name)
{
  using OutImage = itk::Image<TOutputPixel, 3>;
  using Filter = itk::STAPLEImageFilter<InImage, OutImage>;
  auto filter = Filter::New();
  filter->SetForegroundValue(static_cast<unsigned char>(std::atoi(argv[1])));
  filter->SetConfidenceWeight(std::atof(argv[2]));
  const int maxit = std::atoi(argv[3]);
  if (maxit >= 0)
  {
    filter->SetMaximumIterations(static_cast<unsigned int>(maxit));
  }
  for (int i = 4; i < argc; ++i)
  {
    auto reader = itk::ImageFileReader<InImage>::New();
    reader->SetFileName(argv[i]);
    reader->Update();
    filter->SetInput(i - 4, reader->GetOutput());
  }
  const auto t0 = std::chrono::steady_clock::now();
  filter->Update();
  const auto t1 = std::chrono::steady_clock::now();
  const int n = argc - 4;
  std::printf("output %s\n", name);
  std::printf("iterations %u\n", filter->GetElapsedIterations());
  std::printf("sensitivity");
  for (int i = 0; i < n; ++i)
    std::printf(" %.17g", filter->GetSensitivity(i));
  std::printf("\nspecificity");
  for (int i = 0; i < n; ++i)
    std::printf(" %.17g", filter->GetSpecificity(i));
  std::printf("\ntime_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
  auto writer = itk::ImageFileWriter<OutImage>::New();
  writer->SetFileName(argv[0]);
  writer->SetInput(filter->GetOutput());
  writer->Update();
  return 0;
}

int main(int argc, char * argv[])
{
  bool useFloat = argc > 1 && std::strcmp(argv[1], "--float") == 0;
  char ** args = argv + (useFloat ? 2 : 1);
  const int nargs = argc - (useFloat ? 2 : 1);
  if (nargs < 5)
  {
    std::fprintf(stderr, "usage: %s [--float] OUT FOREGROUND CONFIDENCE MAXIT IN1 [IN2 ...]\n", argv[0]);
    return 2;
  }
  try
  {
    // SimpleITK: STAPLEImageFilter<InputImageType, Image<NumericTraits<InputPixelType>::RealType>>
    using SimpleItkOutput = itk::NumericTraits<InImage::PixelType>::RealType;
    static_assert(std::is_same<SimpleItkOutput, double>::value, "RealType of unsigned char is double");
    return useFloat ? run<float>(nargs, args, "float") : run<SimpleItkOutput>(nargs, args, "double");
  }
  catch (const itk::ExceptionObject & e)
  {
    std::fprintf(stderr, "ITK error: %s\n", e.what());
    return 1;
  }
}
