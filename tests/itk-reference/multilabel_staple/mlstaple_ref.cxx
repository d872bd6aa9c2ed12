// ITK 5.2 reference for SegSense's MultiLabelStaple.
// Usage: mlstaple_ref OUT.mha WEIGHTS(float = SimpleITK's instantiation | double) UNDECIDED(-1 = ITK default) MAXIT(-1 = none)
//                     TERMINATION(<0 = ITK default 1e-5) IN1.mha IN2.mha ...
// Inputs: 3-D unsigned char MetaImages. Output: unsigned short label map (MetaImage).
// Prints: "iterations N", "undecided L", "priors n p...", "confusion k rows cols v...", "time_ms T".
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkMultiLabelSTAPLEImageFilter.h"
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using InImage = itk::Image<unsigned char, 3>;
using OutImage = itk::Image<unsigned short, 3>;

template <typename TWeights>
int run(int argc, char * argv[])
{
  using Filter = itk::MultiLabelSTAPLEImageFilter<InImage, OutImage, TWeights>;
  auto filter = Filter::New();
  const int undecided = std::atoi(argv[3]);
  if (undecided >= 0)
    filter->SetLabelForUndecidedPixels(static_cast<unsigned short>(undecided));
  const int maxit = std::atoi(argv[4]);
  if (maxit >= 0)
    filter->SetMaximumNumberOfIterations(static_cast<unsigned int>(maxit));
  const double termination = std::atof(argv[5]);
  if (termination >= 0)
    filter->SetTerminationUpdateThreshold(static_cast<TWeights>(termination));
  for (int i = 6; i < argc; ++i)
  {
    auto reader = itk::ImageFileReader<InImage>::New();
    reader->SetFileName(argv[i]);
    reader->Update();
    filter->SetInput(i - 6, reader->GetOutput());
  }
  const auto t0 = std::chrono::steady_clock::now();
  filter->Update();
  const auto t1 = std::chrono::steady_clock::now();
  std::printf("iterations %u\n", filter->GetElapsedNumberOfIterations());
  std::printf("undecided %u\n", static_cast<unsigned>(filter->GetLabelForUndecidedPixels()));
  const auto & priors = filter->GetPriorProbabilities();
  std::printf("priors %u", static_cast<unsigned>(priors.GetSize()));
  for (unsigned i = 0; i < priors.GetSize(); ++i)
    std::printf(" %.17g", static_cast<double>(priors[i]));
  std::printf("\n");
  for (int k = 0; k < argc - 6; ++k)
  {
    const auto & m = filter->GetConfusionMatrix(k);
    std::printf("confusion %d %u %u", k, m.rows(), m.cols());
    for (unsigned r = 0; r < m.rows(); ++r)
      for (unsigned c = 0; c < m.cols(); ++c)
        std::printf(" %.17g", static_cast<double>(m[r][c]));
    std::printf("\n");
  }
  std::printf("time_ms %.3f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
  auto writer = itk::ImageFileWriter<OutImage>::New();
  writer->SetFileName(argv[1]);
  writer->SetInput(filter->GetOutput());
  writer->Update();
  return 0;
}

int main(int argc, char * argv[])
{
  if (argc < 7)
  {
    std::fprintf(stderr, "usage: %s OUT double|float UNDECIDED MAXIT TERMINATION IN1 [IN2 ...]\n", argv[0]);
    return 2;
  }
  try
  {
    if (std::strcmp(argv[2], "float") == 0)
      return run<float>(argc, argv);
    return run<double>(argc, argv);
  }
  catch (const itk::ExceptionObject & e)
  {
    std::fprintf(stderr, "ITK error: %s\n", e.what());
    return 1;
  }
}
