// Weka's Experimenter, headless: 10 x 10-fold cross-validation of the Weka peers on one ARFF file, one fold a row.
// Written by hand because the Experimenter's command line cannot name its CSV output file (the listener takes no
// options there, and its temporary file is deleted at exit); this sets the same objects up through Weka's own API.
// Runs 1 to 10 randomize with seeds 1 to 10 and stratify, as the Experimenter's GUI does by default.
// Usage (Java 11+ single-file launch): java -cp /usr/share/java/weka.jar WekaExperiment.java DATA.arff OUT_FOLDER [SCHEME ...]
// Each scheme writes OUT_FOLDER/<dataset>.<Scheme>.csv (Key_Run, Key_Fold, Percent_correct, ... as Weka names them).
import java.io.File;
import javax.swing.DefaultListModel;
import weka.classifiers.Classifier;
import weka.experiment.CSVResultListener;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;

public class WekaExperiment {
    static final String[] DEFAULT_SCHEMES = {
        "weka.classifiers.rules.ZeroR", "weka.classifiers.rules.OneR", "weka.classifiers.trees.J48",
        "weka.classifiers.bayes.NaiveBayes", "weka.classifiers.functions.Logistic", "weka.classifiers.lazy.IBk",
        "weka.classifiers.trees.RandomForest", "weka.classifiers.functions.MultilayerPerceptron",
    };

    public static void main(String[] args) throws Exception {
        File data = new File(args[0]);
        File outFolder = new File(args[1]);
        String[] schemes = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : DEFAULT_SCHEMES;
        String name = data.getName().replaceAll("\\.arff$", "");
        for (String scheme : schemes) {
            String simple = scheme.substring(scheme.lastIndexOf('.') + 1);
            File out = new File(outFolder, name + "." + simple + ".csv");
            if (out.exists()) {
                System.err.println("kept " + out);
                continue;
            }
            File partial = new File(outFolder, name + "." + simple + ".csv.partial");
            long start = System.nanoTime();
            ClassifierSplitEvaluator evaluator = new ClassifierSplitEvaluator();
            evaluator.setClassifier(Classifier.forName(scheme, new String[0]));
            CrossValidationResultProducer producer = new CrossValidationResultProducer();
            producer.setNumFolds(10);
            producer.setSplitEvaluator(evaluator);
            CSVResultListener listener = new CSVResultListener();
            listener.setOutputFile(partial);
            DefaultListModel datasets = new DefaultListModel();
            datasets.addElement(data);
            Experiment experiment = new Experiment();
            experiment.setResultProducer(producer);
            experiment.setResultListener(listener);
            experiment.setDatasets(datasets);
            experiment.setUsePropertyIterator(false);
            experiment.setRunLower(1);
            experiment.setRunUpper(10);
            experiment.initialize();
            experiment.runExperiment();
            experiment.postProcess();
            if (!partial.renameTo(out)) {
                throw new IllegalStateException("cannot rename " + partial);
            }
            System.err.printf("%s %s %.1f s%n", name, simple, (System.nanoTime() - start) / 1e9);
        }
    }
}
