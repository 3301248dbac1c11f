"""Name pools for the store-blind-18 generators (plain lists, no randomness here)."""
# Norfolk / Suffolk pool (Broadland Tackle customers and staff).
EAST_FIRST = ["Gary", "Darren", "Lee", "Shaun", "Craig", "Wayne", "Dean", "Carl", "Mark", "Paul",
              "Steve", "Kevin", "Trevor", "Barry", "Terry", "Colin", "Roger", "Keith", "Derek", "Malcolm",
              "Jack", "Harry", "Alfie", "Charlie", "George", "Oliver", "Archie", "Freddie", "Tommy", "Billy",
              "Ryan", "Jamie", "Callum", "Liam", "Connor", "Josh", "Kyle", "Ben", "Sam", "Tom",
              "Karen", "Tracey", "Julie", "Sharon", "Nicola", "Donna", "Lisa", "Michelle", "Kerry", "Emma",
              "Hannah", "Chloe", "Lucy", "Amy", "Ellie", "Molly", "Jess", "Megan", "Katie", "Holly",
              "Zoë", "Renée", "José", "Tomás", "Łukasz", "Paweł", "Grzegorz", "Mārtiņš", "Jānis", "Andrés",
              "Joaquín", "Björn", "Søren", "Noël", "Inês", "Aurélie", "Kamil", "Dawid", "Arjun", "Vikram"]
EAST_LAST = ["Ling", "Gotts", "Howes", "Bullimore", "Thrower", "Loades", "Brundle", "Gedge", "Self", "Mayes",
             "Harrison", "Bunn", "Larter", "Mallett", "Pightling", "Sizeland", "Tungate", "Wegg", "Catchpole", "Kerridge",
             "Bloomfield", "Cushion", "Eke", "Fiddy", "Goffin", "Hewitt", "Jermy", "Lambert", "Mobbs", "Nobbs",
             "Parfitt", "Ringer", "Spinks", "Thirtle", "Utting", "Vincent", "Wace", "Youngs", "Ayton", "Beales",
             "Smith", "Jones", "Brown", "Taylor", "Wright", "Cooper", "Baker", "Clarke", "Turner", "Hill",
             "Moore", "Wood", "King", "Green", "Allen", "Hall", "Ward", "Cook", "Bennett", "Shaw",
             "Kowalski", "Wiśniewski", "Zieliński", "Bērziņš", "Ozoliņš", "Gonçalves", "Pérez", "Müller", "Lefèvre", "Núñez"]

# Yorkshire pool (Nidderdale Antiques dealers and staff).
YORKS_FIRST = ["Margaret", "Pauline", "Maureen", "Christine", "Brenda", "Sheila", "Jean", "Barbara", "Valerie", "Judith",
               "Gillian", "Janet", "Susan", "Carol", "Linda", "Angela", "Helen", "Rachel", "Victoria", "Charlotte",
               "Harriet", "Imogen", "Florence", "Beatrice", "Esme", "Phoebe", "Rosie", "Martha", "Eleanor", "Alice",
               "Geoffrey", "Clive", "Nigel", "Roger", "Graham", "Raymond", "Dennis", "Brian", "Frank", "Alan",
               "Philip", "Andrew", "Richard", "Jonathan", "Simon", "Stuart", "Neil", "Martin", "Robert", "Edward",
               "Hugo", "Rupert", "Oscar", "Arthur", "Albert", "Stanley", "Percy", "Reggie", "Toby", "Felix",
               "Chloë", "Zoë", "Noémie", "Amélie", "Agnès", "François", "Jürgen", "Søren", "Dagný", "Ióna",
               "Zofia", "Bartłomiej", "Małgorzata", "Ana", "Iñaki", "Raúl", "Priya", "Imran", "Saira", "Farhan"]
YORKS_LAST = ["Ackroyd", "Sutcliffe", "Holroyd", "Haigh", "Barraclough", "Crowther", "Greenwood", "Hirst", "Illingworth", "Jowett",
              "Lumb", "Midgley", "Normington", "Oldroyd", "Pickles", "Rhodes", "Stansfield", "Thackray", "Utley", "Wadsworth",
              "Ackerley", "Binns", "Cawthorne", "Dobson", "Exley", "Firth", "Gledhill", "Hemingway", "Ingham", "Kitson",
              "Lister", "Mitchell", "Naylor", "Outhwaite", "Pawson", "Ramsden", "Scatchard", "Thwaite", "Verity", "Whiteley",
              "Smith", "Brown", "Wilson", "Robinson", "Wood", "Walker", "Thompson", "Wright", "Taylor", "Clarke",
              "Atkinson", "Bell", "Harrison", "Metcalfe", "Foster", "Dale", "Kettlewell", "Blakey", "Brear", "Fawcett",
              "Brontë", "Lemaître", "Dvořák", "Nowakowska", "Østergaard", "Ó Briain", "Fernández", "Çelik", "Schäfer", "Iqbal"]
