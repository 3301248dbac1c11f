"""Name pools for the store-blind-23 generators (plain lists, no randomness here)."""
# Austria / Germany pool (Parfümerie Lindmayr customers in Vienna, the rest of Austria and Germany): Austrian and German
# names with umlauts and ß, plus the Turkish-Austrian, Bosnian / Croatian / Serbian, Czech-Viennese, Polish, Hungarian,
# Slovenian and Italian (South Tyrol) names of a Viennese clientele.  First names are split by gender for salutations.
AT_FIRST_F = ["Anna", "Katharina", "Lena", "Sophie", "Julia", "Magdalena", "Theresa", "Elisabeth", "Johanna", "Viktoria",
              "Lisa", "Sarah", "Laura", "Hannah", "Marie", "Christina", "Barbara", "Andrea", "Sabine", "Claudia",
              "Petra", "Ursula", "Ingrid", "Gertraud", "Birgit", "Martina", "Verena", "Valentina", "Leonie", "Emma",
              "Franziska", "Carina", "Daniela", "Monika", "Renate", "Susanne", "Jasmin", "Nina", "Anja", "Miriam"]
AT_FIRST_M = ["Lukas", "Maximilian", "Florian", "Stefan", "Thomas", "Michael", "Andreas", "Markus", "Christoph", "Georg",
              "Johannes", "Wolfgang", "Helmut", "Felix", "Paul", "Jakob", "Tobias", "Alexander", "David", "Sebastian",
              "Bernhard", "Manfred", "Gerhard", "Dominik", "Philipp", "Matthias", "Clemens", "Leopold", "Jürgen", "Günther"]
AT_LAST = ["Gruber", "Huber", "Bauer", "Wagner", "Müller", "Pichler", "Steiner", "Moser", "Mayer", "Hofer",
           "Leitner", "Berger", "Fuchs", "Eder", "Fischer", "Schmid", "Winkler", "Weber", "Schwarz", "Maier",
           "Schneider", "Reiter", "Mayr", "Schmidt", "Wimmer", "Egger", "Brunner", "Lang", "Baumgartner", "Auer",
           "Binder", "Lechner", "Wolf", "Wallner", "Aigner", "Ebner", "Koller", "Lehner", "Haas", "Schuster",
           "Haider", "Strobl", "Grünwald", "Pölzl", "Kröpfl", "Weiß", "Wöss", "Rauscher", "Strauß", "Größl",
           "Hütter", "Kofler", "Mössmer", "Zöchling", "Pfeiffer", "Stöger", "Thaler", "Hölzl", "Prünster", "Obermüller"]
DE_LAST = ["Hoffmann", "Schulz", "Becker", "Koch", "Richter", "Klein", "Neumann", "Zimmermann", "Krüger", "Hartmann",
           "Schröder", "Braun", "Lange", "Werner", "Köhler", "Vogel", "Friedrich", "Scholz", "Jäger", "Voß",
           "Kühn", "Böhm", "Lorenz", "Ludwig", "Seidel", "Frank", "Albrecht", "Günther", "Schäfer", "Meißner"]
MIX_FIRST_F = ["Elif", "Zeynep", "Ayşe", "Merve", "Jelena", "Ivana", "Milica", "Dragana", "Amra", "Emina",
               "Tereza", "Agnieszka", "Réka", "Katalin", "Špela", "Giulia", "Chiara", "Mariam", "Natalia", "Olga"]
MIX_FIRST_M = ["Emre", "Mehmet", "Can", "Burak", "Marko", "Nikola", "Dragan", "Emir", "Tomáš", "Piotr", "Bence", "Luca"]
MIX_LAST = ["Yılmaz", "Kaya", "Demir", "Öztürk", "Çelik", "Jovanović", "Petrović", "Nikolić", "Horvat", "Kovačević",
            "Hodžić", "Begić", "Novak", "Swoboda", "Dvořak", "Nowak", "Kowalski", "Szabó", "Nagy", "Kranjc",
            "Pichler-Yılmaz", "Gasser", "Pircher", "Rossi"]

# New Zealand pool (Tōtara Paint & Decor trade customers, cash customers and staff): Pākehā names (with the older Kiwi
# first names of a painting trade), Māori names with macrons (sometimes typed without), Samoan, Tongan, Fijian-Indian,
# Indian, Chinese, Korean and Filipino names of Auckland, Hamilton, Tauranga and the Hutt Valley.
NZ_FIRST = ["Jack", "Oliver", "James", "William", "Liam", "Noah", "Ben", "Sam", "Tom", "Charlotte", "Olivia", "Isla",
            "Amelia", "Emily", "Sophie", "Ruby", "Hannah", "Kate", "Megan", "Aaron", "Craig", "Shane", "Wayne", "Brent",
            "Grant", "Kerry", "Glenn", "Trevor", "Darryl", "Bruce", "Michelle", "Tracey", "Leanne", "Nicola", "Kylie",
            "Aroha", "Mere", "Hine", "Anahera", "Kiri", "Ngaio", "Tama", "Wiremu", "Hemi", "Rāwiri", "Tipene", "Nikau",
            "Manaia", "Kahurangi", "Sione", "Viliami", "Siosaia", "Mele", "Lupe", "Ioane", "Tavita", "Sefo", "Malia",
            "Losa", "Priya", "Anjali", "Rajesh", "Vikram", "Harpreet", "Gurpreet", "Wei", "Mei", "Jun", "Hui", "Kevin",
            "Grace", "Ji-woo", "Min-jun", "Jasmine", "Mark", "Rhys", "Connor", "Josh", "Hayden"]
NZ_LAST = ["Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Thompson", "Anderson", "Walker", "Harris",
           "Robinson", "Mitchell", "Campbell", "Wright", "Clarke", "Hughes", "Scott", "Morris", "Cooper", "Stewart",
           "Bell", "McKenzie", "Murray", "King", "Young", "Wood", "Kelly", "O'Brien", "Ryan", "Reid",
           "Ngata", "Parata", "Tipene", "Te Whare", "Rangi", "Tamihana", "Pōmare", "Kereama", "Te Rangi", "Horomona",
           "Whaanga", "Mahuta", "Herewini", "Tūhiwai", "Ngāpō", "Faleolo", "Fa'amausili", "Tuilagi", "Leota", "Sapolu",
           "Taufa", "Havili", "Fifita", "Tupou", "Latu", "Vake", "Patel", "Singh", "Sharma", "Kumar",
           "Prasad", "Naidu", "Reddy", "Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Lee",
           "Kim", "Park", "Santos", "Reyes", "Dela Cruz", "van der Berg", "de Vries", "MacDonald"]
